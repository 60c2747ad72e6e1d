from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .models import Booking


class BookingForm(forms.ModelForm):
    class Meta:
        model = Booking
        fields = ["tour", "guests", "date"]


@login_required
@require_http_methods(["GET", "POST"])
def book(request):
    form = BookingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        b = form.save(commit=False)
        b.customer = request.user
        b.save()
        return redirect("booking-done")
    return render(request, "book.html", {"form": form})
