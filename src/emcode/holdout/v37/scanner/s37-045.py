from django.shortcuts import render

from .models import Rehearsal


def rehearsal_list(request):
    venue = request.GET.get("venue", "")
    qs = Rehearsal.objects.all()
    if venue:
        qs = qs.filter(venue__iexact=venue)
    return render(request, "rehearsals/list.html", {"venue": venue, "rehearsals": qs.order_by("starts_at")})
