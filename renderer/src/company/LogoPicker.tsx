import { Button, FileButton, Group, Image, Input, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { readFileAsDataUrl } from '../ui/files';

const MAX_BYTES = 300 * 1024;

interface LogoPickerProps {
  value: string | null;
  onChange: (dataUrl: string | null) => void;
  error?: string | undefined;
}

/** The logo travels as a data URL so it prints on invoices without touching the file system. */
export function LogoPicker({ value, onChange, error }: LogoPickerProps) {
  const [ownError, setOwnError] = useState<string | null>(null);
  const pick = async (file: File | null) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type))
      return setOwnError('Choose a PNG or JPEG image');
    if (file.size > MAX_BYTES) return setOwnError('The logo must be smaller than 300 KB');
    setOwnError(null);
    onChange(await readFileAsDataUrl(file));
  };
  return (
    <Input.Wrapper
      label="Logo"
      error={error ?? ownError}
      description="PNG or JPEG, under 300 KB; printed on invoices"
    >
      <Group gap="sm" mt={4}>
        {value ? (
          <Image src={value} alt="Company logo" h={40} w="auto" fit="contain" />
        ) : (
          <Text size="xs" c="dimmed">
            No logo
          </Text>
        )}
        <FileButton
          onChange={(f) => void pick(f)}
          accept="image/png,image/jpeg"
          inputProps={{ 'aria-label': 'Logo file' }}
        >
          {(props) => (
            <Button {...props} variant="default" size="xs" leftSection={<IconPhotoUp size={14} />}>
              {value ? 'Change logo' : 'Upload logo'}
            </Button>
          )}
        </FileButton>
        {value && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            leftSection={<IconTrash size={14} />}
            onClick={() => onChange(null)}
          >
            Remove
          </Button>
        )}
      </Group>
    </Input.Wrapper>
  );
}
