#ifndef STORYLINE_CICU_SHIM_H
#define STORYLINE_CICU_SHIM_H
/* The few ICU C functions Storyline uses: ucnv (charset conversion) and ucsdet (charset detection).
 *
 * Why not #include <unicode/ucnv.h> and <unicode/ucsdet.h>: Foundation on Linux ships its own ICU
 * (module _FoundationICU, a newer version) and a Swift module that sees both sets of headers fails to
 * build ("UErrorCode ... is not present in definition"; see CLibXML2/shim.h). So only ICU's
 * configuration headers are included, which hold macros and no types, and the functions are declared
 * here with plain C types that are ABI-identical to ICU's: UErrorCode and UConverterType are C enums
 * (int), UBool is int8_t, and the converter, detector and match objects stay opaque pointers.
 * ICU's versioned entry points (ucnv_open_72 …) are named with ICU's own U_ICU_ENTRY_POINT_RENAME, so
 * the declarations follow whichever ICU the headers come from. Foundation's copy exports its symbols
 * with a swift_ prefix, so the two never clash at link time either. */
#include <stdint.h>
#include <unicode/uconfig.h>
#include <unicode/uvernum.h>

#if U_DISABLE_RENAMING
#define STORYLINE_ICU_NAME(name) name
#else
#define STORYLINE_ICU_NAME(name) U_ICU_ENTRY_POINT_RENAME(name)
#endif

/* UErrorCode values Storyline checks; any value above zero is a failure (ICU's U_FAILURE). */
#define STORYLINE_U_ZERO_ERROR 0
#define STORYLINE_U_BUFFER_OVERFLOW_ERROR 15
/* UConverterType UCNV_UTF8: the target of ucnv_toAlgorithmic. */
#define STORYLINE_UCNV_UTF8 4

void *STORYLINE_ICU_NAME(ucnv_open)(const char *converterName, int32_t *status);
void STORYLINE_ICU_NAME(ucnv_close)(void *converter);
/* UConverterToUCallback, with UConverterToUnicodeArgs opaque and UConverterCallbackReason an int. */
typedef void (*StorylineToUCallback)(const void *context, void *args, const char *codeUnits, int32_t length,
                                     int32_t reason, int32_t *status);
void STORYLINE_ICU_NAME(ucnv_setToUCallBack)(void *converter, StorylineToUCallback action, const void *context,
                                             StorylineToUCallback *oldAction, const void **oldContext,
                                             int32_t *status);
void STORYLINE_ICU_NAME(ucnv_cbToUWriteUChars)(void *args, const uint16_t *source, int32_t length, int32_t offsetIndex,
                                               int32_t *status);
int32_t STORYLINE_ICU_NAME(ucnv_toAlgorithmic)(int32_t algorithmicType, void *converter, char *target,
    int32_t targetCapacity, const char *source, int32_t sourceLength, int32_t *status);

void *STORYLINE_ICU_NAME(ucsdet_open)(int32_t *status);
void STORYLINE_ICU_NAME(ucsdet_close)(void *detector);
void STORYLINE_ICU_NAME(ucsdet_setText)(void *detector, const char *text, int32_t length, int32_t *status);
const void *const *STORYLINE_ICU_NAME(ucsdet_detectAll)(void *detector, int32_t *matchesFound, int32_t *status);
const char *STORYLINE_ICU_NAME(ucsdet_getName)(const void *match, int32_t *status);
int32_t STORYLINE_ICU_NAME(ucsdet_getConfidence)(const void *match, int32_t *status);

/* Unversioned names for Swift, which cannot see through the renaming macros. */

/// Opens a converter by ICU name or alias; nil with `*status > 0` when ICU does not know the name.
static inline void *storyline_ucnv_open(const char *name, int32_t *status) {
    return STORYLINE_ICU_NAME(ucnv_open)(name, status);
}
/// Closes a converter from `storyline_ucnv_open`.
static inline void storyline_ucnv_close(void *converter) { STORYLINE_ICU_NAME(ucnv_close)(converter); }
/* The to-Unicode callback installed by storyline_ucnv_substituteReplacementCharacter: U+FFFD for every
 * unassigned, illegal or irregular sequence (ICU's reasons 0-2; 3-5 are reset, close and clone). ICU's own
 * substitution writes U+001A (SUB, a control character) for unassigned single bytes in some code pages,
 * such as 0xFF in Shift_JIS; the WHATWG decoders, and Storyline, want U+FFFD everywhere. */
static inline void storyline_toUReplacementCallback(const void *context, void *args, const char *codeUnits,
                                                    int32_t length, int32_t reason, int32_t *status) {
    (void)context;
    (void)codeUnits;
    (void)length;
    if (reason > 2) return;
    static const uint16_t replacement = 0xFFFD;
    *status = STORYLINE_U_ZERO_ERROR;
    STORYLINE_ICU_NAME(ucnv_cbToUWriteUChars)(args, &replacement, 1, 0, status);
}
/// Makes the converter write U+FFFD for every sequence it cannot decode.
static inline void storyline_ucnv_substituteReplacementCharacter(void *converter, int32_t *status) {
    StorylineToUCallback oldAction;
    const void *oldContext;
    STORYLINE_ICU_NAME(ucnv_setToUCallBack)(converter, storyline_toUReplacementCallback, 0, &oldAction, &oldContext,
                                            status);
}
/// Converts `source` in the converter's charset to UTF-8 in one call (reset and flush included);
/// returns the UTF-8 length, with `*status == STORYLINE_U_BUFFER_OVERFLOW_ERROR` when it did not fit.
/// Undecodable input goes to the converter's callback (see storyline_ucnv_substituteReplacementCharacter).
static inline int32_t storyline_ucnv_toUTF8(void *converter, char *target, int32_t capacity, const char *source,
                                            int32_t length, int32_t *status) {
    return STORYLINE_ICU_NAME(ucnv_toAlgorithmic)(STORYLINE_UCNV_UTF8, converter, target, capacity, source, length,
                                                  status);
}
/// Opens a charset detector.
static inline void *storyline_ucsdet_open(int32_t *status) { return STORYLINE_ICU_NAME(ucsdet_open)(status); }
/// Closes a detector from `storyline_ucsdet_open`.
static inline void storyline_ucsdet_close(void *detector) { STORYLINE_ICU_NAME(ucsdet_close)(detector); }
/// Sets the bytes to examine; the detector keeps the pointer, so they must outlive the detection.
static inline void storyline_ucsdet_setText(void *detector, const char *text, int32_t length, int32_t *status) {
    STORYLINE_ICU_NAME(ucsdet_setText)(detector, text, length, status);
}
/// Every charset that matches, best first; owned by the detector.
static inline const void *const *storyline_ucsdet_detectAll(void *detector, int32_t *found, int32_t *status) {
    return STORYLINE_ICU_NAME(ucsdet_detectAll)(detector, found, status);
}
/// The charset name of one match (e.g. "windows-1251", "Shift_JIS", "ISO-8859-1").
static inline const char *storyline_ucsdet_getName(const void *match, int32_t *status) {
    return STORYLINE_ICU_NAME(ucsdet_getName)(match, status);
}
/// The confidence of one match, 0–100.
static inline int32_t storyline_ucsdet_getConfidence(const void *match, int32_t *status) {
    return STORYLINE_ICU_NAME(ucsdet_getConfidence)(match, status);
}
#endif
