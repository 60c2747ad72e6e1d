import argparse
import yaml


class ChatBot:
    def __init__(self, cfg_path):
        with open(cfg_path) as fh:
            self.cfg = yaml.unsafe_load(fh)
        self.name = self.cfg.get("name", "bot")

    def reply(self, text):
        for rule in self.cfg.get("rules", []):
            if rule["match"] in text.lower():
                return rule["answer"]
        return "Sorry, I did not get that."


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    bot = ChatBot(ap.parse_args().config)
    print(bot.reply("hello"))
