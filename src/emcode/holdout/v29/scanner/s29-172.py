import os


def make_thumbnail(video_path, out_path, second=5):
    cmd = "ffmpeg -y -ss %d -i %s -frames:v 1 %s" % (second, video_path, out_path)
    with os.popen(cmd) as proc:
        return proc.read()
