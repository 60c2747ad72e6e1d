import subprocess
import tempfile
from pathlib import Path

import click


@click.command()
@click.argument("episode", type=click.Path(exists=True, dir_okay=False))
@click.option("--bitrate", type=click.Choice(["64k", "128k", "192k"]), default="128k")
def transcode(episode, bitrate):
    with tempfile.TemporaryDirectory(prefix="transcode-") as tmp:
        wav = Path(tmp) / "work.wav"
        subprocess.run(["ffmpeg", "-y", "-i", episode, str(wav)], check=True)
        out = Path(episode).with_suffix(".mp3")
        subprocess.run(["ffmpeg", "-y", "-i", str(wav), "-b:a", bitrate, str(out)], check=True)
        click.echo(f"wrote {out}")


if __name__ == "__main__":
    transcode()
