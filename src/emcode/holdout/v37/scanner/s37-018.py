import sys

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(loader=PackageLoader("housekeeping"), autoescape=select_autoescape(["html"]))


def render_checklist(room, tasks):
    return env.get_template("checklist.html").render(room=room, tasks=tasks)


if __name__ == "__main__":
    print(render_checklist(sys.argv[1], ["beds", "bathroom", "minibar", "floor"]))
