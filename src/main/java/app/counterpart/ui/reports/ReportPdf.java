package app.counterpart.ui.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Renders a report document as PDF bytes; Chinese text needs a font that has it, found on the system. */
public final class ReportPdf {

    /** Fonts with Simplified Chinese, where Linux, Windows and macOS keep them. */
    private static final List<String> CJK_FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "C:/Windows/Fonts/msyh.ttc,0",
            "C:/Windows/Fonts/simsun.ttc,0",
            "/System/Library/Fonts/PingFang.ttc,0");

    private ReportPdf() {
    }

    public static byte[] render(ReportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 36, 36, 42, 42);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.open();
            BaseFont base = font();
            Font title = new Font(base, 16, Font.BOLD);
            Font small = new Font(base, 9);
            Font body = new Font(base, 10);
            Font head = new Font(base, 10, Font.BOLD);
            pdf.add(new Paragraph(doc.shop(), small));
            pdf.add(new Paragraph(doc.title(), title));
            pdf.add(new Paragraph(doc.period(), small));
            pdf.add(new Paragraph(" ", small));
            PdfPTable table = new PdfPTable(doc.columns().size());
            table.setWidthPercentage(100);
            table.setWidths(new float[] {4, 1.2f, 1.2f, 2, 2});
            table.setHeaderRows(1);
            for (String c : doc.columns()) {
                table.addCell(cell(c, head, Element.ALIGN_LEFT));
            }
            for (List<String> line : doc.lines()) {
                for (int i = 0; i < line.size(); i++) {
                    table.addCell(cell(line.get(i), body, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
                }
            }
            pdf.add(table);
            pdf.add(new Paragraph(doc.totals(), body));
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written: " + e.getMessage(), e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(4);
        cell.setBorderWidth(0.3f);
        return cell;
    }

    private static BaseFont font() throws IOException, DocumentException {
        for (String candidate : CJK_FONTS) {
            String file = candidate.substring(0, candidate.lastIndexOf(','));
            if (Files.isReadable(Path.of(file))) {
                return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
        }
        // Without a Chinese font the Latin text still prints; Chinese names would be blank.
        return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    }
}
