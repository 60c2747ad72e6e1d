class TunerBadge:
    def __init__(self, name, website):
        self.name = name
        self.website = website

    def to_html(self):
        return '<a class="tuner" href="{0}">{1}</a>'.format(self.website, self.name)
