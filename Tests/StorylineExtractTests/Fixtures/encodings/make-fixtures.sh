#!/bin/sh
# Rebuilds the encoded test pages in this folder from the UTF-8 pages in source/, and plain-text versions
# (the pages' paragraphs: source/<language>.txt in UTF-8, text/<language>-<charset>.txt converted).
# Each line below: language, iconv target charset, how the page declares it, the label it declares, file.
# Declarations: meta = <meta charset>, pragma = <meta http-equiv="Content-Type">, xml = XML declaration,
# none = nothing, bom = byte-order mark (plus the label as <meta charset>, as a UTF-16 page would have).
set -eu
cd "$(dirname "$0")"

make_page() {
    language=$1 charset=$2 style=$3 label=$4 output=$5
    case $style in
        meta | bom) declaration="<meta charset=\"$label\">" ;;
        pragma) declaration="<meta http-equiv=\"Content-Type\" content=\"text/html; charset=$label\">" ;;
        *) declaration="" ;;
    esac
    {
        case $style in
            xml) printf '<?xml version="1.0" encoding="%s"?>\n' "$label" ;;
        esac
        sed "s|<!--CHARSET-->|$declaration|" "source/$language.html"
    } | iconv -f UTF-8 -t "$charset" > "$output.tmp"
    case $style in
        bom)
            case $charset in
                UTF-16LE) printf '\377\376' ;;
                UTF-16BE) printf '\376\377' ;;
            esac > "$output"
            cat "$output.tmp" >> "$output"
            rm "$output.tmp"
            ;;
        *) mv "$output.tmp" "$output" ;;
    esac
}

# The paragraphs of a page as plain text, entities written out.
make_text() {
    language=$1 charset=$2 output=$3
    grep '<p>' "source/$language.html" \
        | sed -e 's/<[^>]*>//g' -e 's/&laquo;/«/g' -e 's/&raquo;/»/g' -e 's/&mdash;/—/g' -e 's/&bdquo;/„/g' \
            -e 's/&ldquo;/“/g' > "source/$language.txt"
    mkdir -p text
    case $charset in
        UTF-16LE) { printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "source/$language.txt"; } > "text/$output" ;;
        *) iconv -f UTF-8 -t "$charset" "source/$language.txt" > "text/$output" ;;
    esac
}

make_page ru WINDOWS-1251 meta windows-1251 ru-windows-1251-meta.html
make_page ru WINDOWS-1251 none - ru-windows-1251-none.html
make_page ru KOI8-R pragma koi8-r ru-koi8-r-pragma.html
make_page ru KOI8-R none - ru-koi8-r-none.html
make_page ru KOI8-R meta windows-1251 ru-koi8-r-wrong-meta.html
make_page ru UTF-8 meta windows-1251 ru-utf-8-mislabelled.html
make_page ru UTF-16LE bom utf-16 ru-utf-16le-bom.html
make_page cs ISO-8859-2 meta iso-8859-2 cs-iso-8859-2-meta.html
make_page cs ISO-8859-2 none - cs-iso-8859-2-none.html
make_page cs WINDOWS-1250 none - cs-windows-1250-none.html
make_page pl ISO-8859-2 meta latin2 pl-iso-8859-2-meta.html
make_page pl ISO-8859-2 none - pl-iso-8859-2-none.html
make_page de WINDOWS-1252 meta windows-1252 de-windows-1252-meta.html
make_page de WINDOWS-1252 none - de-windows-1252-none.html
make_page fr ISO-8859-1 meta ISO-8859-1 fr-iso-8859-1-meta.html
make_page fr WINDOWS-1252 none - fr-windows-1252-none.html
make_page ja CP932 meta x-sjis ja-shift_jis-meta.html
make_page ja CP932 none - ja-shift_jis-none.html
make_page ja EUC-JP pragma EUC-JP ja-euc-jp-pragma.html
make_page ja UTF-16BE bom utf-16be ja-utf-16be-bom.html
make_page zh GBK meta gb2312 zh-gbk-meta.html
make_page zh GBK none - zh-gbk-none.html
make_page zh GB18030 xml GB18030 zh-gb18030-xml.html
make_page ko CP949 meta euc-kr ko-euc-kr-meta.html

make_text de WINDOWS-1252 de-windows-1252.txt
make_text fr ISO-8859-1 fr-iso-8859-1.txt
make_text cs WINDOWS-1250 cs-windows-1250.txt
make_text pl ISO-8859-2 pl-iso-8859-2.txt
make_text ja CP932 ja-shift_jis.txt
make_text ja EUC-JP ja-euc-jp.txt
make_text zh GBK zh-gbk.txt
make_text ko CP949 ko-euc-kr.txt
make_text ru WINDOWS-1251 ru-windows-1251.txt
make_text ru UTF-16LE ru-utf-16le.txt
