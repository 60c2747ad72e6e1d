import subprocess


def make_thumbnail(video_path, out_path, second=5):
    cmd = ["ffmpeg", "-y", "-ss", str(int(second)), "-i", str(video_path), "-frames:v", "1", str(out_path)]
    return subprocess.run(cmd, check=True, capture_output=True).stderr
