#ifndef STORYLINE_CLIBXML2_SHIM_H
#define STORYLINE_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/parser.h>

/// Swift 6 rejects libxml2's `xmlFree` global function pointer; call it through this wrapper.
static inline void storyline_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
