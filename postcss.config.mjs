// Tailwind CSS 4 runs as a PostCSS plugin; configuration lives in CSS (@import "tailwindcss").
const config = {
  plugins: {
    "@tailwindcss/postcss": {},
  },
};

export default config;
