from django.shortcuts import render

from .models import Sailing


def timetable(request):
    port = request.GET.get("port", "")
    sailings = Sailing.objects.filter(origin__code=port).order_by("departs")[:30]
    return render(request, "tickets/timetable.html", {"port": port, "sailings": sailings})
