from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Animal

SORTS = {"name": "name", "newest": "-intake_date", "oldest": "intake_date"}


def adoptable(request):
    qs = Animal.objects.filter(status="available")
    species = request.GET.get("species")
    if species:
        qs = qs.filter(species__iexact=species)
    if request.GET.get("good_with_kids") == "1":
        qs = qs.filter(good_with_kids=True)
    qs = qs.order_by(SORTS.get(request.GET.get("sort"), "-intake_date"))
    page = Paginator(qs, 24).get_page(request.GET.get("page"))
    return render(request, "shelter/adoptable.html", {"page": page, "species": species})
