from dataclasses import dataclass

@dataclass
class Inverter:
    label: str
    site: str
    kw: float

    def __html__(self):
        return "<span class='inv'>%s @ %s: %.1f kW</span>" % (self.label, self.site, self.kw)
