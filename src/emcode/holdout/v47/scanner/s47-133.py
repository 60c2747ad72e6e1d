from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Lot


@login_required
def lot_list(request):
    qs = Lot.objects.select_related("auction").order_by("-closes_at")
    publisher = request.GET.get("publisher")
    grade_min = request.GET.get("grade_min")
    if publisher:
        qs = qs.filter(publisher__iexact=publisher)
    if grade_min:
        try:
            qs = qs.filter(grade__gte=float(grade_min))
        except ValueError:
            pass
    page = Paginator(qs, 25).get_page(request.GET.get("page"))
    return render(request, "lots/list.html", {"page": page, "publisher": publisher})
