/** The extension's icon sizes; each is public/icon/<size>.png, rendered from assets/icon.svg by scripts/render-icons.ts. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** The manifest's `icons` / `action.default_icon` map: size → path in the built extension. */
export const ICON_PATHS: Readonly<Record<string, string>> = Object.fromEntries(
  ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]),
);
