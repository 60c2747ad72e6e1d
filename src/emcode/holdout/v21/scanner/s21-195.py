import os


def handle_command(user, text):
    if text.startswith("/archive "):
        channel = text.split(" ", 1)[1]
        os.system("tar czf /archives/" + channel + ".tgz /data/chat/" + channel)
        return f"{user}: archived {channel}"
    return "unknown command"
