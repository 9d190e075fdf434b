using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ParcelWatch.Tests.Support;

/// <summary>
/// Writes the smallest real .xlsx workbook (the parts Excel itself needs: content types, relationships, workbook,
/// one sheet, a style marking date cells) with text in inline strings and dates as Excel serial numbers.
/// </summary>
public static class XlsxFiles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static byte[] Write(params object[][] rows)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
        {
            Add(zip, "[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
            Add(zip, "_rels/.rels", $"""<Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="{DocumentRelationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="{DocumentRelationships}"><sheets><sheet name="Parcels" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", $"""<Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="{DocumentRelationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{DocumentRelationships}/styles" Target="styles.xml"/></Relationships>""");
            Add(zip, "xl/styles.xml", $"""<styleSheet xmlns="{Main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>""");
            Add(zip, "xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{Main}"><sheetData>{SheetRows(rows)}</sheetData></worksheet>""");
        }

        return output.ToArray();
    }

    private static string SheetRows(object[][] rows)
    {
        var xml = new StringBuilder();
        for (var r = 0; r < rows.Length; r++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + c)}{r + 1}");
                xml.Append(rows[r][c] switch
                {
                    DateOnly date => string.Create(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" s=\"1\"><v>{date.ToDateTime(TimeOnly.MinValue).ToOADate()}</v></c>"),
                    var text => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(Convert.ToString(text, CultureInfo.InvariantCulture))}</t></is></c>",
                });
            }

            xml.Append("</row>");
        }

        return xml.ToString();
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""");
        writer.Write(xml);
    }
}
