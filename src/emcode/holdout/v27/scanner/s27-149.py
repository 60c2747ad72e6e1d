from django.http import HttpResponse
from django.utils.html import escape
from .models import Inspection


def inspection_summary(request, car_id):
    rows = Inspection.objects.filter(car_id=car_id).order_by("-date")[:10]
    tech = escape(request.GET.get("tech", ""))
    parts = [f"<h3>Car {int(car_id)} — filtered by {tech}</h3>", "<ol>"]
    for r in rows:
        parts.append(f"<li>{escape(r.date)}: {escape(r.finding)}</li>")
    parts.append("</ol>")
    return HttpResponse("".join(parts))
