class Tournament:
    def __init__(self, name, config):
        self.name = name
        self.config = config


def announce(template: str, tournament: Tournament) -> str:
    return template.format(t=tournament)
