from django.shortcuts import render, get_object_or_404
from django.utils.safestring import mark_safe

from .models import Plot


def plot_detail(request, plot_id):
    plot = get_object_or_404(Plot, pk=plot_id)
    note = request.GET.get("note", "")
    context = {
        "plot": plot,
        "banner": mark_safe("<div class='note'>" + note + "</div>"),
    }
    return render(request, "garden/plot_detail.html", context)
