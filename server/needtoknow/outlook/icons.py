"""The add-in's icons, drawn rather than hand-made so every size stays in step:
`python -m needtoknow.outlook.icons static/outlook/icons`. An envelope with a padlock: mail that
is checked before it goes. Drawn at 8× and scaled down for smooth edges."""
import os
import sys

from PIL import Image, ImageDraw

TEAL, WHITE, CLEAR = (15, 110, 110, 255), (255, 255, 255, 255), (0, 0, 0, 0)
SIZES = (16, 32, 64, 80, 128)
SCALE = 8


def _draw(size, background, ink):
    big = size * SCALE
    image = Image.new("RGBA", (big, big), CLEAR)
    d = ImageDraw.Draw(image)
    u = big / 32  # drawing unit: the design is on a 32×32 grid
    if background != CLEAR:
        d.rounded_rectangle([0, 0, big - 1, big - 1], radius=6 * u, fill=background)
    w = max(1, round(2 * u))
    d.rectangle([5 * u, 8 * u, 27 * u, 24 * u], outline=ink, width=w)  # envelope
    d.line([5 * u, 8 * u, 16 * u, 17 * u, 27 * u, 8 * u], fill=ink, width=w, joint="curve")
    lock = background if background != CLEAR else CLEAR
    d.rounded_rectangle([17 * u, 17 * u, 29 * u, 29 * u], radius=2 * u, fill=ink)  # padlock body
    d.arc([19.5 * u, 11.5 * u, 26.5 * u, 21 * u], 180, 360, fill=ink, width=w)  # shackle
    d.line([19.5 * u, 16.25 * u, 19.5 * u, 18 * u], fill=ink, width=w)
    d.line([26.5 * u, 16.25 * u, 26.5 * u, 18 * u], fill=ink, width=w)
    d.ellipse([21.75 * u, 21 * u, 24.25 * u, 23.5 * u], fill=lock)  # keyhole
    return image.resize((size, size), Image.LANCZOS)


def write_all(folder):
    """icon-<size>.png (colour, all sizes), color.png (192) and outline.png (32, white on clear)."""
    os.makedirs(folder, exist_ok=True)
    files = {f"icon-{s}.png": _draw(s, TEAL, WHITE) for s in SIZES}
    files["color.png"] = _draw(192, TEAL, WHITE)
    files["outline.png"] = _draw(32, CLEAR, WHITE)
    for name, image in files.items():
        image.save(os.path.join(folder, name), optimize=True)
    return sorted(files)


if __name__ == "__main__":
    print("\n".join(write_all(sys.argv[1] if len(sys.argv) > 1 else "static/outlook/icons")))
