from django.shortcuts import render, get_object_or_404

from .models import Track


def track_detail(request, pk):
    item = get_object_or_404(Track, pk=pk)
    highlight = request.GET.get("highlight", "")
    return render(request, "audioguide/detail.html", {"item": item, "highlight": highlight})
