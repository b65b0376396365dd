"""ZIP archives: every member read through the dispatcher, within the archive limits."""
import zipfile
import zlib

from . import archive
from .context import Refused


def read(name, data, ctx):
    zf = archive.open_zip(data)
    infos = archive.files(zf)
    if not infos:
        return
    ctx.add_text(name, "\n".join(info.filename for info in infos))  # names carry data too
    if not ctx.can_nest(name):
        return
    archive.check(zf, ctx)
    for info in infos:
        location = f"{name}/{info.filename}"
        if ctx.out_of_time(location) or ctx.budget[1] <= 0 or ctx.full:
            return
        member = _read_member(zf, info, ctx, location)
        if member is not None:
            ctx.nested(location, member)


def _read_member(zf, info, ctx, location):
    try:
        return archive.read(zf, info, ctx, location)
    except Refused as refused:
        if refused.stop:  # the attachment's budget or time is spent: stop the whole archive
            raise
        ctx.problem(location, refused.kind, refused.detail)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        kind = "unsupported" if isinstance(exc, NotImplementedError) else "corrupt"
        ctx.problem(location, kind, f"archive member can't be read ({type(exc).__name__})")
    return None
