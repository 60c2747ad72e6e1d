from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Session


def rink_schedule(request):
    rink = request.GET.get("rink", "Main")
    qs = Session.objects.filter(rink__name=rink).order_by("starts_at")
    page = Paginator(qs, 25).get_page(request.GET.get("page"))
    return render(request, "rinks/schedule.html", {"rink": rink, "page": page})
