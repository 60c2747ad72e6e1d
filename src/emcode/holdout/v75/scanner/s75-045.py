from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Membership


def membership_list(request):
    qs = Membership.objects.select_related("member").order_by("-started")
    status = request.GET.get("status")
    if status in {"active", "frozen", "lapsed"}:
        qs = qs.filter(status=status)
    name = request.GET.get("name", "").strip()
    if name:
        qs = qs.filter(member__full_name__icontains=name)
    page = Paginator(qs, 25).get_page(request.GET.get("page"))
    return render(request, "gym/memberships.html", {"page": page, "name": name})
