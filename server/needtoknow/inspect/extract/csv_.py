"""CSV: rows under their header row, as `Header: value`."""
import csv
import io

from . import sniff, tables, text

CHECK_EVERY = 1024  # rows between deadline checks


def read(name, data, ctx):
    content = text.decode(data)
    delimiter = sniff.csv_dialect(content[:sniff.TEXT_SAMPLE]) or ","
    rows, cells = [], 0
    for number, row in enumerate(csv.reader(io.StringIO(content), delimiter=delimiter)):
        cells += len(row)
        if cells > ctx.limits.max_cells:
            ctx.problem(name, "too_large",
                        f"over {ctx.limits.max_cells} cells; the rest was not read")
            break
        if number % CHECK_EVERY == 0 and ctx.out_of_time(name):
            break
        rows.append(row)
    ctx.add_text(name, "\n".join(tables.render(rows)))
