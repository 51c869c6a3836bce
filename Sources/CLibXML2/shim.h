#ifndef STORYLINE_CLIBXML2_SHIM_H
#define STORYLINE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Distribution builds of libxml2 enable ICU, which makes encoding.h include the system's
 * <unicode/ucnv.h>. Foundation on Linux ships its own ICU headers (_FoundationICU), and a module that
 * imports both fails with "UErrorCode ... is not present in definition" errors. Only the two trailing
 * fields of xmlCharEncodingHandler depend on ICU, and Swift never allocates or reads that struct, so the
 * headers are read as if ICU were off; the library itself is unchanged. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/parser.h>

/// Swift 6 rejects libxml2's `xmlFree` global function pointer; call it through this wrapper.
static inline void storyline_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
