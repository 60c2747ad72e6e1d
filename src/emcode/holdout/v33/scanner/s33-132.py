from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Citation


def citations_for_plate(request):
    plate = request.GET.get("plate", "").strip().upper()
    qs = Citation.objects.filter(plate=plate).order_by("-issued_at")
    page = Paginator(qs, 20).get_page(request.GET.get("page"))
    return render(request, "enforcement/citations.html", {"plate": plate, "page": page})
