from django.shortcuts import render, get_object_or_404
from django.utils.safestring import mark_safe

from .models import Hive


def hive_detail(request, pk):
    hive = get_object_or_404(Hive, pk=pk)
    comment = request.GET.get("highlight", "")
    return render(request, "hives/detail.html", {"hive": hive, "highlight": mark_safe(comment)})
