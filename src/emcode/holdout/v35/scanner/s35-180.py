import yaml


def load_campaign(text):
    data = yaml.safe_load(text) or {}
    return {
        "subject": data["subject"],
        "segments": data.get("segments", []),
        "send_at": data.get("send_at"),
    }
