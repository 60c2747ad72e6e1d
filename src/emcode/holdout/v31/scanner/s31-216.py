import argparse
import subprocess


def make_waveform(audio_path, out_png):
    subprocess.run(
        ["audiowaveform", "-i", audio_path, "-o", out_png, "--width", "1200", "--height", "200"],
        check=True,
    )


def main():
    ap = argparse.ArgumentParser(description="Render waveform images for concert previews")
    ap.add_argument("audio")
    ap.add_argument("--out", default="wavef