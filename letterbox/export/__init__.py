"""Export for mail review: facility profiles, letter PDFs, packets, manifests, verify."""
