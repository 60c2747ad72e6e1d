from django.shortcuts import render, get_object_or_404

from .models import Booking


def booking_detail(request, pk):
    item = get_object_or_404(Booking, pk=pk)
    highlight = request.GET.get("highlight", "")
    return render(request, "icerink/detail.html", {"item": item, "highlight": highlight})
