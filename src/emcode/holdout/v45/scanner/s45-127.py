from django.shortcuts import render, get_object_or_404

from .models import Plot


def plot_detail(request, plot_id):
    plot = get_object_or_404(Plot, pk=plot_id)
    note = request.GET.get("note", "")
    context = {
        "plot": plot,
        "note": note[:200],
    }
    return render(request, "garden/plot_detail.html", context)
