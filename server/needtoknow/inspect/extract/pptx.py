"""PPTX (python-pptx): every slide's text frames, tables (as `Header: value` rows) and grouped
shapes, each slide's speaker notes, shapes' alt text, and the document properties."""
import io

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from . import archive, office_properties, tables, xmlguard


def read(name, data, ctx):
    zf = archive.open_zip(data)
    archive.check(zf, ctx, office=True)
    xmlguard.check_zip_parts(zf)  # before python-pptx parses anything
    deck = Presentation(io.BytesIO(data))
    for number, slide in enumerate(deck.slides, start=1):
        if ctx.out_of_time(name):
            return
        lines = [f"Slide {number}"]
        for shape in slide.shapes:
            lines.extend(_shape_lines(shape))
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            lines.append(slide.notes_slide.notes_text_frame.text)
        if not ctx.add_text(name, "\n".join(line for line in lines if line.strip())):
            return
    ctx.add_text(name, "\n".join(office_properties.lines(zf)))


def _shape_lines(shape):
    lines = [shape._element.xpath("string(.//p:cNvPr/@descr)") or ""]  # alt text
    if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
        for child in shape.shapes:
            lines.extend(_shape_lines(child))
    if getattr(shape, "has_table", False) and shape.has_table:
        rows = [[cell.text for cell in row.cells] for row in shape.table.rows]
        lines.extend(tables.render(rows))
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        lines.append(shape.text_frame.text)
    return lines
