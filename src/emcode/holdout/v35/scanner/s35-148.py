import yaml


def load_campaign(text):
    data = yaml.load(text, Loader=yaml.Loader)
    return {
        "subject": data["subject"],
        "segments": data.get("segments", []),
        "send_at": data.get("send_at"),
    }
