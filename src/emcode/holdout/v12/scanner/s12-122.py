import os

INBOX = "/srv/media/inbox"
OUTBOX = "/srv/media/out"


def transcode(job):
    filename = job["file"]
    height = job.get("height", 720)
    cmd = 'ffmpeg -nostdin -y -i "%s/%s" -vf scale=-2:%s "%s/%s.mp4"' % (INBOX, filename, height, OUTBOX, filename)
    rc = os.system(cmd)
    if rc != 0:
        raise RuntimeError("ffmpeg failed for " + filename)
    return f"{OUTBOX}/{filename}.mp4"
