"""Charts (matplotlib, Agg) and the PDF summary; Qt-free, so the command line can make them headless."""
