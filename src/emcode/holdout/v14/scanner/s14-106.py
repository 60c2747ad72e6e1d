from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import render, redirect


class AddressForm(forms.Form):
    street = forms.CharField(max_length=200)
    city = forms.CharField(max_length=100)
    postcode = forms.CharField(max_length=12)


@login_required
def edit_address(request):
    form = AddressForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.user.profile.address = ", ".join(form.cleaned_data.values())
        request.user.profile.save()
        return redirect("profile")
    return render(request, "address.html", {"form": form})
