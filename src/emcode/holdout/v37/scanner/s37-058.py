import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Render flight path KML to PNG")
    ap.add_argument("kml")
    ap.add_argument("--out", default="path.png")
    args = ap.parse_args()
    subprocess.run(["gdal_rasterize", "-burn", "255", "-ts", "1024", "1024", args.kml, args.out], check=True)
    print("wrote", args.ou