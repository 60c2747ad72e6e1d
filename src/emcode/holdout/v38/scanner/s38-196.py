import argparse
import subprocess


def main():
    p = argparse.ArgumentParser(description="Convert court audio to 16 kHz wav for transcription")
    p.add_argument("recording")
    p.add_argument("--out", default="out.wav")
    a = p.parse_args()
    cmd = ["ffmpeg", "-y", "-i", a.recording, "-ar", "16000", "-ac", "1", a.out]
    raise SystemExit(subprocess.call(cmd))


if __name__ == "__main__":
    main()
