import os
import shutil
import sys

SITE = "/var/www/taproom"


def publish(menu_html):
    os.makedirs(os.path.join(SITE, "menu"), mode=0o755, exist_ok=True)
    tmp = os.path.join(SITE, "menu", "index.html.new")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(menu_html)
    shutil.move(tmp, os.path.join(SITE, "menu", "index.html"))


if __name__ == "__main__":
    publish(open("build/menu.html", encoding="utf-8").read())
    print("published", file=sys.stderr)
