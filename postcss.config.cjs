// Mantine's CSS relies on its PostCSS preset (rem(), light-dark(), breakpoint mixins).
module.exports = {
  plugins: {
    "postcss-preset-mantine": {},
  },
};
