#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so encoding.h would pull in the system's ICU headers, whose
// UErrorCode clashes with the copy inside Foundation (_FoundationICU) when a Swift file imports
// both. We never touch the ICU members of xmlCharEncodingHandler (only pointers to it), so the
// headers are read without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/encoding.h>
