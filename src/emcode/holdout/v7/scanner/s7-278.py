import re


class Router:
    def __init__(self):
        self.routes = []

    def add(self, template, handler):
        self.routes.append((re.compile("^" + template + "$"), handler))

    def dispatch(self, path):
        for rx, handler in self.routes:
            if rx.match(path):
                return handler(path)
        return None
