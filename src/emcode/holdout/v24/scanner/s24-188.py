from dataclasses import dataclass
from markupsafe import Markup

@dataclass
class Inverter:
    label: str
    site: str
    kw: float

    def __html__(self) -> str:
        return Markup("<span class='inv'>{} @ {}: {:.1f} kW</span>").format(self.label, self.site, self.kw)
