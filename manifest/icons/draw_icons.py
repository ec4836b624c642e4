#!/usr/bin/env python3
"""Draws Switchboard's Teams icons as PNG files, deterministically, with the standard library only.

The motif is a switchboard routing one request: a caller on the left, a junction in the middle, and
three people on the right, one of whom (the chosen expert) is lit. Shapes are signed-distance
functions sampled on a sub-pixel grid, so the colour icon is anti-aliased without any imaging library,
and the same script always writes the same bytes (no timestamps, fixed compression settings).

Usage: python3 manifest/icons/draw_icons.py            (writes manifest/color.png, manifest/outline.png
                                                        and the validator's wrong-input fixtures)
"""
import math
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST_DIR = os.path.dirname(HERE)
REPO_ROOT = os.path.dirname(MANIFEST_DIR)
FIXTURES_DIR = os.path.join(REPO_ROOT, "tools", "manifest-validator", "fixtures")

# The accent colour of the manifest (accentColor) is the colour icon's background, so the icon blends
# into the tile Teams draws around it.
BACKGROUND = (0x2F, 0x3E, 0xA8)
BACKGROUND_LIGHT = (0x44, 0x5C, 0xD6)
INK = (0xFF, 0xFF, 0xFF)
CHOSEN = (0xFF, 0xB8, 0x3D)


# --- geometry: signed distances in icon units (the icon spans 0..1 on both axes) -------------------

def circle(px, py, cx, cy, r):
    return math.hypot(px - cx, py - cy) - r


def ring(px, py, cx, cy, r, half_width):
    return abs(math.hypot(px - cx, py - cy) - r) - half_width


def segment(px, py, ax, ay, bx, by, half_width):
    dx, dy = bx - ax, by - ay
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
    t = max(0.0, min(1.0, t))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy)) - half_width


# The routing diagram, shared by both icons so they stay the same picture at two sizes.
CALLER = (0.21, 0.50)
JUNCTION = (0.46, 0.50)
TARGETS = [(0.77, 0.24), (0.77, 0.50), (0.77, 0.76)]
CHOSEN_TARGET = 0


def wires(px, py, half_width, stop_short):
    """Distance to the wires: caller to junction, junction to each target, ending stop_short before
    a target's centre so a wire meets a ring at its edge instead of crossing into it."""
    d = segment(px, py, CALLER[0], CALLER[1], JUNCTION[0], JUNCTION[1], half_width)
    for tx, ty in TARGETS:
        dx, dy = tx - JUNCTION[0], ty - JUNCTION[1]
        length = math.hypot(dx, dy)
        ex, ey = tx - dx / length * stop_short, ty - dy / length * stop_short
        d = min(d, segment(px, py, JUNCTION[0], JUNCTION[1], ex, ey, half_width))
    return d


# --- the colour icon (192x192) ----------------------------------------------------------------------

def colour_pixel(px, py):
    """Returns the RGB colour at icon coordinates (px, py) for the colour icon."""
    # A soft diagonal gradient gives the flat tile some depth without drawing attention.
    t = max(0.0, min(1.0, (px + py) / 2.0))
    colour = tuple(BACKGROUND_LIGHT[i] + (BACKGROUND[i] - BACKGROUND_LIGHT[i]) * t for i in range(3))

    layers = [
        (wires(px, py, 0.022, 0.07), INK),
        (circle(px, py, CALLER[0], CALLER[1], 0.085), INK),
        (circle(px, py, JUNCTION[0], JUNCTION[1], 0.045), INK),
    ]
    for index, (tx, ty) in enumerate(TARGETS):
        if index == CHOSEN_TARGET:
            layers.append((circle(px, py, tx, ty, 0.085), CHOSEN))
        else:
            layers.append((ring(px, py, tx, ty, 0.07, 0.022), INK))
    for distance, ink in layers:
        if distance <= 0:
            colour = ink
    return colour


def draw_colour(size):
    samples = 4  # 4x4 samples per pixel: smooth edges at 192 px without a library
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            acc = [0.0, 0.0, 0.0]
            for sy in range(samples):
                for sx in range(samples):
                    px = (x + (sx + 0.5) / samples) / size
                    py = (y + (sy + 0.5) / samples) / size
                    c = colour_pixel(px, py)
                    for i in range(3):
                        acc[i] += c[i]
            n = samples * samples
            row.extend(int(round(acc[i] / n)) for i in range(3))
            row.append(255)
        rows.append(bytes(row))
    return rows


# --- the outline icon (32x32) -----------------------------------------------------------------------

def outline_inked(px, py):
    """True where the outline icon is white. Thicker strokes than the colour icon: at 32 px a stroke
    thinner than two pixels breaks up, and Teams allows no grey edge pixels to soften it."""
    if wires(px, py, 0.035, 0.0) <= 0:
        return True
    if circle(px, py, CALLER[0], CALLER[1], 0.12) <= 0:
        return True
    if circle(px, py, JUNCTION[0], JUNCTION[1], 0.07) <= 0:
        return True
    # Rings turn to mush at 32 px, so every person is a dot here and the chosen one is the biggest.
    for index, (tx, ty) in enumerate(TARGETS):
        if circle(px, py, tx, ty, 0.12 if index == CHOSEN_TARGET else 0.085) <= 0:
            return True
    return False


def draw_outline(size):
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            # Majority of a 3x3 sample grid decides the pixel: binary, but centred on the shape.
            hits = sum(
                outline_inked((x + (sx + 0.5) / 3) / size, (y + (sy + 0.5) / 3) / size)
                for sy in range(3)
                for sx in range(3)
            )
            row.extend((255, 255, 255, 255) if hits >= 5 else (0, 0, 0, 0))
        rows.append(bytes(row))
    return rows


# --- PNG encoding -------------------------------------------------------------------------------------

def png_bytes(width, height, rows):
    """Encodes 8-bit RGBA rows as a PNG with filter type 0 on every row."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, not interlaced
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def write(path, width, height, rows):
    with open(path, "wb") as f:
        f.write(png_bytes(width, height, rows))
    print(path)


def main():
    write(os.path.join(MANIFEST_DIR, "color.png"), 192, 192, draw_colour(192))
    write(os.path.join(MANIFEST_DIR, "outline.png"), 32, 32, draw_outline(32))

    # Wrong inputs the validator must reject (see .ci/validate-package.sh): a colour icon at half size,
    # and an outline icon drawn in light grey instead of white, which Teams refuses.
    os.makedirs(FIXTURES_DIR, exist_ok=True)
    write(os.path.join(FIXTURES_DIR, "color-96x96.png"), 96, 96, draw_colour(96))
    grey = [bytes(200 if (i % 4) != 3 and row[i - i % 4 + 3] else b for i, b in enumerate(row))
            for row in draw_outline(32)]
    write(os.path.join(FIXTURES_DIR, "outline-not-white.png"), 32, 32, grey)
    return 0


if __name__ == "__main__":
    sys.exit(main())
