"""Opening ZIP containers (ZIP, DOCX, XLSX) without inflating a bomb.

The central directory declares every member's sizes before anything is decompressed, so
counts, total size, compression ratio and overlapping members are all checked first; zipfile
then stops each member at its declared size (and fails its CRC if the data lied), and reading
counts what was really inflated against the same budget.
"""
import io
import zipfile

from .context import Refused

RATIO_FLOOR = 1024 * 1024  # small members may compress very well (runs of spaces) harmlessly
CHUNK = 64 * 1024
LOCAL_HEADER = 30  # fixed part of a ZIP local file header


def open_zip(data):
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise Refused("corrupt", f"not a readable ZIP container ({type(exc).__name__})") from None


def files(zf):
    return [info for info in zf.infolist() if not info.is_dir()]


def check(zf, ctx, office=False):
    """Refuse an archive whose central directory is over the limits, and spend its budget.

    `office`: a DOCX/XLSX, whose parts a library inflates whole (so their declared size is spent
    now) and which are not archive members anyone sees (so they don't count as members)."""
    infos = files(zf)
    members, inflated = ctx.budget
    limits = ctx.limits
    if not office and len(infos) > members:
        raise Refused("too_large", f"more than {limits.max_archive_members} files in archives")
    declared = sum(info.file_size for info in infos)
    if declared > inflated:
        raise Refused("too_large",
                      f"archive would inflate past {limits.max_uncompressed_bytes} bytes")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > limits.max_compression_ratio:
            raise Refused("bomb", f"a member compresses {ratio:.0f} to 1 (limit "
                                  f"{limits.max_compression_ratio:g})")
    _check_overlap(infos)
    if office:
        ctx.spend_inflated(declared)
    else:
        ctx.spend_members(len(infos))


def _check_overlap(infos):
    """Members sharing compressed data is the trick of non-recursive zip bombs."""
    end = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset < end:
            raise Refused("bomb", "archive members overlap")
        end = info.header_offset + LOCAL_HEADER + len(info.filename) + info.compress_size


def read(zf, info, ctx, location):
    """A member's bytes, counted against the inflate budget and the deadline as they come."""
    if info.flag_bits & 0x1:
        raise Refused("encrypted", "archive member is password-protected")
    if info.file_size > ctx.limits.max_bytes:
        raise Refused("too_large", f"member over {ctx.limits.max_bytes} bytes")
    chunks = []
    with zf.open(info) as stream:
        while chunk := stream.read(CHUNK):
            ctx.spend_inflated(len(chunk))
            if ctx.budget[1] < 0:
                limit = ctx.limits.max_uncompressed_bytes
                raise Refused("too_large", f"archive inflates past {limit} bytes", stop=True)
            if ctx.out_of_time(location):
                raise Refused("timeout", "", stop=True)
            chunks.append(chunk)
    return b"".join(chunks)
