import os

USAGE = "usage: /convert <filename> <format>"


def on_message(chat, text):
    parts = text.split()
    if not parts or parts[0] != "/convert":
        return None
    if len(parts) != 3:
        return USAGE
    src, fmt = parts[1], parts[2]
    out = os.path.splitext(src)[0] + "." + fmt
    status = os.system("ffmpeg -y -i uploads/" + src + " uploads/" + out)
    if status != 0:
        return "conversion failed"
    chat.send_file("uploads/" + out)
    return "done"
